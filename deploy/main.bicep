// The guide bot in Azure: an Azure Bot with the Direct Line, Direct Line Speech and telephony
// channels, a Linux App Service (Node 20) running several instances, and a Storage account whose
// blob container holds the conversation and user state that all instances share.
// Deploy: az deployment group create -g <group> -f deploy/main.bicep -p botName=<name>
// Every app setting below is a setting of src/config.ts (a test checks it).

targetScope = 'resourceGroup'

@description('Name of the bot; also the start of the other resource names.')
@minLength(3)
@maxLength(30)
param botName string

@description('Region of the App Service, the Storage account and the Speech resource.')
param location string = resourceGroup().location

@description('App Service plan size. P1v3 or larger for production traffic.')
param appServiceSku string = 'P1v3'

@description('Instances behind the App Service load balancer (at least 2 for availability).')
@minValue(1)
@maxValue(30)
param instanceCount int = 2

@description('Azure Bot pricing tier (S1 for production; F0 is free and limited).')
@allowed(['F0', 'S1'])
param botSku string = 'S1'

@description('Blob container for conversation and user state.')
param stateContainer string = 'bot-state'

@description('State not written for this many days is deleted by a lifecycle rule (a user\'s remembered language lasts USER_STATE_TTL_DAYS).')
@minValue(1)
param stateRetentionDays int = 30

@description('Requests per minute allowed per conversation (0 = no limit).')
param rateLimitConversationPerMinute int = 60

@description('Refused (unauthenticated) requests per minute allowed per client address (0 = no limit).')
param rateLimitIpPerMinute int = 300

@description('Bearer token that GET /metrics requires; empty leaves /metrics open to anyone who can reach the app.')
@secure()
param metricsToken string = ''

@description('Direct Line secret of the bot\'s Direct Line site, for the website widget\'s token exchange (copy it from the channel after the first deployment).')
@secure()
param directLineSecret string = ''

@description('Phone numbers (E.164) acquired in Azure Communication Services for the telephony channel; empty deploys the channel without numbers.')
param phoneNumbers array = []

@description('Azure Communication Services resource id that owns the phone numbers.')
param acsResourceId string = ''

@description('Default locale of callers.')
@allowed(['sv-SE', 'en-GB', 'uk-UA'])
param defaultCallerLocale string = 'sv-SE'

var suffix = uniqueString(resourceGroup().id, botName)
var storageName = toLower(take('st${replace(botName, '-', '')}${suffix}', 24))
var appName = '${botName}-${suffix}'

// The bot's identity: no app password to keep or rotate.
resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${botName}-identity'
  location: location
}

resource storage 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: storageName
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_ZRS' }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    accessTier: 'Hot'
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-01-01' = {
  parent: storage
  name: 'default'
}

resource container 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-01-01' = {
  parent: blobService
  name: stateContainer
  properties: { publicAccess: 'None' }
}

// Blob Storage has no expiry of its own: idle state is deleted by a lifecycle rule.
resource lifecycle 'Microsoft.Storage/storageAccounts/managementPolicies@2023-01-01' = {
  parent: storage
  name: 'default'
  properties: {
    policy: {
      rules: [
        {
          name: 'forget-idle-state'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: { blobTypes: ['blockBlob'], prefixMatch: ['${stateContainer}/'] }
            actions: { baseBlob: { delete: { daysAfterModificationGreaterThan: stateRetentionDays } } }
          }
        }
      ]
    }
  }
}

resource speech 'Microsoft.CognitiveServices/accounts@2023-05-01' = {
  name: '${botName}-speech-${suffix}'
  location: location
  kind: 'SpeechServices'
  sku: { name: 'S0' }
  properties: { customSubDomainName: '${botName}-speech-${suffix}' }
}

resource plan 'Microsoft.Web/serverfarms@2023-01-01' = {
  name: '${botName}-plan'
  location: location
  kind: 'linux'
  sku: { name: appServiceSku, capacity: instanceCount }
  properties: { reserved: true }
}

resource app 'Microsoft.Web/sites@2023-01-01' = {
  name: appName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      appCommandLine: 'npm start'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/healthz'
      appSettings: [
        { name: 'NODE_ENV', value: 'production' }
        { name: 'MicrosoftAppType', value: 'UserAssignedMSI' }
        { name: 'MicrosoftAppId', value: identity.properties.clientId }
        { name: 'MicrosoftAppTenantId', value: identity.properties.tenantId }
        { name: 'STORAGE', value: 'blob' }
        {
          name: 'BLOB_CONNECTION_STRING'
          value: 'DefaultEndpointsProtocol=https;AccountName=${storage.name};AccountKey=${storage.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'
        }
        { name: 'BLOB_CONTAINER', value: stateContainer }
        { name: 'USER_STATE_TTL_DAYS', value: string(stateRetentionDays) }
        { name: 'TRUST_PROXY', value: 'true' }
        { name: 'RATE_LIMIT_CONVERSATION_PER_MINUTE', value: string(rateLimitConversationPerMinute) }
        { name: 'RATE_LIMIT_IP_PER_MINUTE', value: string(rateLimitIpPerMinute) }
        { name: 'LOG_LEVEL', value: 'info' }
        { name: 'LOG_MESSAGE_TEXT', value: 'false' }
        { name: 'METRICS_TOKEN', value: metricsToken }
        { name: 'DIRECT_LINE_SECRET', value: directLineSecret }
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'true' }
      ]
    }
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  kind: 'azurebot'
  sku: { name: botSku }
  properties: {
    displayName: botName
    endpoint: 'https://${app.properties.defaultHostName}/api/messages'
    msaAppType: 'UserAssignedMSI'
    msaAppId: identity.properties.clientId
    msaAppTenantId: identity.properties.tenantId
    msaAppMSIResourceId: identity.id
  }
}

resource directLine 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        {
          siteName: 'website'
          isEnabled: true
          isV1Enabled: false
          isV3Enabled: true
          isSecureSiteEnabled: true
          trustedOrigins: ['https://${app.properties.defaultHostName}']
        }
      ]
    }
  }
}

resource directLineSpeech 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineSpeechChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineSpeechChannel'
    properties: {
      cognitiveServiceResourceId: speech.id
      cognitiveServiceRegion: location
      cognitiveServiceSubscriptionKey: speech.listKeys().key1
      isEnabled: true
      isDefaultBotForCogSvcAccount: true
    }
  }
}

resource telephony 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'TelephonyChannel'
  location: 'global'
  properties: {
    channelName: 'TelephonyChannel'
    properties: {
      isEnabled: true
      defaultLocale: defaultCallerLocale
      cognitiveServiceRegion: location
      cognitiveServiceSubscriptionKey: speech.listKeys().key1
      phoneNumbers: [
        for number in phoneNumbers: {
          phoneNumber: number
          acsResourceId: acsResourceId
          cognitiveServiceResourceId: speech.id
          cognitiveServiceRegion: location
          cognitiveServiceSubscriptionKey: speech.listKeys().key1
          defaultLocale: defaultCallerLocale
        }
      ]
    }
  }
}

output appUrl string = 'https://${app.properties.defaultHostName}'
output messagingEndpoint string = bot.properties.endpoint
output botAppId string = identity.properties.clientId
